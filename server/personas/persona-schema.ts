// GraphQL for the astrologer persona (scope ops; support reads): read, update, history, rollback.
import { changeMeta } from '../auth/actor.js';
import { PAGE_SIZE } from '../platform/arg-rules.js';
import { builder } from '../platform/builder.js';
import { RevisionRef } from '../revisions/revision-schema.js';
import { REASON_REQUIRED, rollbackArgs, rollbackPayload } from '../revisions/versioned-schema.js';
import { normalizePersona, PERSONA_TONES, PERSONA_TOPICS, type Persona, REPLY_LENGTHS } from './persona.js';

const PersonaToneEnum = builder.enumType('PersonaTone', { values: PERSONA_TONES });
const ReplyLengthEnum = builder.enumType('ReplyLength', {
  values: REPLY_LENGTHS,
  description: 'How long the built-in responder answers: a sentence or two, a paragraph, or several.',
});

export const PersonaConfigRef = builder.objectRef<Persona>('PersonaConfig').implement({
  description: 'The astrologer persona that shapes every chat reply: one global, versioned configuration.',
  authScopes: { ops: true, support: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    tone: t.field({ type: PersonaToneEnum, resolve: (p) => p.tone }),
    replyLength: t.field({ type: ReplyLengthEnum, resolve: (p) => p.replyLength }),
    allowedTopics: t.exposeStringList('allowedTopics', {
      description: 'Messages on any other topic are answered as out of scope.',
    }),
    greeting: t.exposeString('greeting', { description: 'Opens the first reply of a conversation.' }),
    revision: t.exposeInt('revision'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const PersonaRollbackRef = rollbackPayload('Persona', 'persona', PersonaConfigRef);

// Bounds are checked by the service (validatePersona) so paths are the content's own: name, allowedTopics.2.
const PersonaInput = builder.inputType('PersonaInput', {
  description: 'A whole persona configuration.',
  fields: (t) => ({
    name: t.string({ required: true, description: '1 to 60 characters.' }),
    tone: t.field({ type: PersonaToneEnum, required: true }),
    replyLength: t.field({ type: ReplyLengthEnum, required: true }),
    allowedTopics: t.stringList({ required: true, description: '1 to 20 topics from personaTopics.' }),
    greeting: t.string({ defaultValue: '', description: 'At most 280 characters.' }),
  }),
});

builder.queryFields((t) => ({
  personaConfig: t.field({
    type: PersonaConfigRef,
    authScopes: { ops: true, support: true },
    resolve: (_root, _args, ctx) => ctx.services.personas.current(),
  }),
  personaRevisions: t.field({
    type: [RevisionRef],
    description: "The persona's revisions, newest first.",
    authScopes: { ops: true, support: true },
    args: { first: t.arg.int({ defaultValue: 50, validate: PAGE_SIZE }) },
    resolve: (_root, args, ctx) => ctx.services.personas.history(args.first ?? 50),
  }),
  personaTopics: t.stringList({
    description: 'The vocabulary allowedTopics draws from.',
    authScopes: { ops: true, support: true },
    resolve: () => [...PERSONA_TOPICS],
  }),
}));

builder.mutationFields((t) => ({
  updatePersonaConfig: t.field({
    type: PersonaConfigRef,
    description: 'Replaces the persona; fails with CONFLICT unless expectedRevision is the one in force.',
    authScopes: { ops: true },
    args: {
      expectedRevision: t.arg.int({ required: true }),
      input: t.arg({ type: PersonaInput, required: true }),
      reason: t.arg.string({
        description: 'Why: 1 to 500 characters, kept in the revision and the audit log. Required.',
      }),
    },
    validate: REASON_REQUIRED,
    resolve: (_root, args, ctx) =>
      ctx.services.personas.update(
        args.expectedRevision,
        normalizePersona(args.input),
        changeMeta(ctx, args.reason),
      ),
  }),
  rollbackPersonaConfig: t.field({
    type: PersonaRollbackRef,
    description: "Writes revision toRevision's content as a new revision.",
    authScopes: { ops: true },
    args: rollbackArgs,
    resolve: (_root, args, ctx) =>
      ctx.services.personas.rollback(args.toRevision, changeMeta(ctx, args.reason)),
  }),
}));
