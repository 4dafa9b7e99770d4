// A trie over word tokens: finds the longest lexicon phrase starting at a token ("niet zo best"
// before "niet"). Built once at module load from the data tables. Single-word entries may be
// written "deurwaarder*" (prefix) or "*pijn" (suffix) to catch Dutch compounds.
import type { Token } from './tokenize.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  payload?: T;
}

const NONE: unique symbol = Symbol('none');

export interface PhraseMatch<T> {
  /** number of tokens matched */
  len: number;
  payload: T;
}

export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: new Map() };
  private readonly prefixes: Array<[string, T]> = [];
  private readonly suffixes: Array<[string, T]> = [];
  private readonly wildMemo = new Map<string, T | typeof NONE>();

  /** Adds a phrase; `merge` combines payloads when the same phrase is added twice. */
  add(words: readonly string[], payload: T, merge?: (old: T, added: T) => T): void {
    if (words.length === 0) return;
    const first = words[0] as string;
    if (words.length === 1 && first.length > 2 && (first.endsWith('*') || first.startsWith('*'))) {
      if (first.endsWith('*')) this.prefixes.push([first.slice(0, -1), payload]);
      else this.suffixes.push([first.slice(1), payload]);
      return;
    }
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    node.payload = node.payload !== undefined && merge ? merge(node.payload, payload) : payload;
  }

  /** Every word of every phrase (for the vocabulary that typo repair must not touch). */
  words(into: Set<string>): void {
    const walk = (node: Node<T>): void => {
      for (const [w, child] of node.next) {
        into.add(w);
        walk(child);
      }
    };
    walk(this.root);
  }

  /**
   * The longest phrase at tokens[i] within [i, end) that `accept` allows (all, by default).
   * Separators and symbols end a phrase.
   */
  longestAt(
    tokens: readonly Token[],
    i: number,
    end: number,
    accept?: (payload: T, len: number) => boolean,
  ): PhraseMatch<T> | undefined {
    let node: Node<T> | undefined = this.root;
    let best: PhraseMatch<T> | undefined;
    for (let j = i; j < end && node; j++) {
      const tok = tokens[j] as Token;
      if (tok.k === 's' || tok.k === 'x') break;
      node = node.next.get(tok.t);
      if (node?.payload !== undefined && (!accept || accept(node.payload, j - i + 1))) {
        best = { len: j - i + 1, payload: node.payload };
      }
    }
    if (best) return best;
    const tok = tokens[i];
    if (tok?.k !== 'w' || tok.t.length < 4 || this.prefixes.length + this.suffixes.length === 0) return undefined;
    const payload = this.wildcard(tok.t);
    return payload !== undefined && (!accept || accept(payload, 1)) ? { len: 1, payload } : undefined;
  }

  /** The wildcard entry a word matches, remembered per word (replies reuse few words). */
  private wildcard(w: string): T | undefined {
    const seen = this.wildMemo.get(w);
    if (seen !== undefined) return seen === NONE ? undefined : seen;
    let found: T | undefined;
    for (const [p, payload] of this.prefixes) if (w.startsWith(p)) found ??= payload;
    for (const [s, payload] of this.suffixes) if (w.endsWith(s)) found ??= payload;
    if (this.wildMemo.size > 50_000) this.wildMemo.clear(); // bounded: a cache, not a leak
    this.wildMemo.set(w, found ?? NONE);
    return found;
  }
}
