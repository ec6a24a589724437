// The drawn faces: every one of the 78 tarot cards and 24 runes has a face with its number or glyph, its
// suit or arcana symbol and its name, and a reversed one is drawn turned.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReadingFace } from './ReadingFace';
import { RuneFace } from './RuneFace';
import { RUNE_GLYPHS, RUNE_IDS } from './rune-glyphs';
import { TarotCardFace } from './TarotCardFace';
import { roman, TAROT_IDS, tarotFace } from './tarot-faces';

const nameOf = (id: string) => id.replace(/-/g, ' ');
const turn = (svg: Element) => svg.querySelector('[data-turn]')?.getAttribute('transform') ?? null;

describe('tarot faces', () => {
  it('covers a deck of 78 distinct cards: 22 Major Arcana and 14 of each suit', () => {
    expect(new Set(TAROT_IDS).size).toBe(78);
    const faces = TAROT_IDS.map((id) => tarotFace(id));
    expect(faces.filter((f) => f?.arcana === 'major')).toHaveLength(22);
    for (const suit of ['wands', 'cups', 'swords', 'pentacles']) {
      expect(faces.filter((f) => f?.suit === suit)).toHaveLength(14);
    }
  });

  it.each(TAROT_IDS)('draws %s with its mark, symbol and name', (id) => {
    const face = tarotFace(id);
    const { container } = render(<TarotCardFace id={id} name={nameOf(id)} reversed={false} />);
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(`${nameOf(id)}, upright`);
    expect(svg.querySelector('[data-mark]')?.textContent).toBe(face?.mark);
    expect(svg.querySelector('[data-name]')?.textContent).toBe(nameOf(id));
    const symbols = svg.querySelectorAll(`[data-symbol="${face?.suit ?? 'major'}"]`);
    expect(symbols.length).toBe(face && face.pips > 0 ? face.pips : 1);
    expect(turn(svg)).toBeNull();
  });

  it('numbers the Major Arcana in Roman numerals and the minor ranks A, 2 … 10, P, Kn, Q, K', () => {
    expect(tarotFace('the-fool')?.mark).toBe('0');
    expect(tarotFace('the-star')).toMatchObject({ arcana: 'major', number: 17, mark: 'XVII' });
    expect(tarotFace('the-world')?.mark).toBe('XXI');
    expect(tarotFace('ace-of-cups')).toMatchObject({ suit: 'cups', number: 1, mark: 'A', pips: 1 });
    expect(tarotFace('ten-of-swords')).toMatchObject({ number: 10, mark: '10', pips: 10 });
    expect(tarotFace('knight-of-wands')).toMatchObject({ number: 12, mark: 'Kn', pips: 0, court: 'Knight' });
    expect(tarotFace('king-of-pentacles')).toMatchObject({ number: 14, mark: 'K', court: 'King' });
    expect([4, 9, 14, 19].map(roman)).toEqual(['IV', 'IX', 'XIV', 'XIX']);
  });

  it('draws a reversed card turned half a turn, and says so', () => {
    const { container } = render(<TarotCardFace id="the-star" name="The Star" reversed />);
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(turn(svg)).toBe('rotate(180 60 100)');
    expect(svg.getAttribute('aria-label')).toBe('The Star, reversed');
    expect(svg.dataset.reversed).toBe('true');
  });

  it('still draws a card it does not know, by its name', () => {
    expect(tarotFace('eleven-of-cups')).toBeUndefined();
    const { container } = render(<TarotCardFace id="mystery" name="Mystery" reversed={false} />);
    expect(container.querySelector('[data-name]')?.textContent).toBe('Mystery');
    expect(container.querySelector('[data-mark]')?.textContent).toBe('?');
  });
});

describe('rune faces', () => {
  it('has the 24 Elder Futhark runes, each its own Runic character', () => {
    expect(RUNE_IDS).toHaveLength(24);
    expect(new Set(Object.values(RUNE_GLYPHS).map((g) => g.char)).size).toBe(24);
  });

  it.each(RUNE_IDS)('cuts the glyph of %s into its stone', (id) => {
    const glyph = RUNE_GLYPHS[id];
    const { container } = render(<RuneFace id={id} name={id} reversed={false} />);
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(svg.getAttribute('aria-label')).toBe(`${id} ${glyph?.char}, upright`);
    expect(svg.querySelectorAll('polyline').length).toBe(glyph?.strokes.length);
    expect(svg.querySelector('[data-name]')?.textContent).toBe(id);
    expect(turn(svg)).toBeNull();
  });

  it('turns a reversed rune over, keeping its name readable', () => {
    const { container } = render(<RuneFace id="fehu" name="Fehu" reversed />);
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(turn(svg)).toBe('rotate(180 40 52)');
    expect(svg.getAttribute('aria-label')).toBe('Fehu ᚠ, reversed');
    expect(svg.querySelector('[data-turn] [data-name]')).toBeNull();
  });
});

it('shows the back of a card or rune until it is revealed', () => {
  const { container, rerender } = render(
    <ReadingFace module="TAROT" id="the-sun" name="The Sun" reversed={false} revealed={false} />,
  );
  expect(container.querySelector('[data-face-down]')?.getAttribute('aria-label')).toBe('A card, face down');
  expect(container.textContent).not.toContain('The Sun');
  rerender(<ReadingFace module="RUNES" id="isa" name="Isa" reversed={false} revealed={false} />);
  expect(container.querySelector('[data-face-down]')?.getAttribute('aria-label')).toBe('A rune, face down');
  rerender(<ReadingFace module="RUNES" id="isa" name="Isa" reversed={false} revealed />);
  expect(container.querySelector('[data-rune="isa"]')).toBeTruthy();
});
