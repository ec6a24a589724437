// The error shown when a mutation comes back with neither data nor an error, like an unreachable server.
import { CombinedError } from 'urql';

export const noAnswer = () => new CombinedError({ networkError: new Error('No answer from the server') });
