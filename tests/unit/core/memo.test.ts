import { describe, expect, it } from 'vitest';
import { StringMemo } from '../../../src/model/memo.ts';

describe('StringMemo', () => {
  it('renders a key once and answers repeats from the memo', () => {
    const memo = new StringMemo(1000);
    let calls = 0;
    const render = () => `<svg>${++calls}</svg>`;
    expect(memo.get('map:a', render)).toBe('<svg>1</svg>');
    expect(memo.get('map:a', render)).toBe('<svg>1</svg>');
    expect(memo.get('map:b', render)).toBe('<svg>2</svg>');
    expect(calls).toBe(2);
    expect(memo.hits).toBe(1);
    expect(memo.size).toBe('map:a'.length + 12 + 'map:b'.length + 12);
  });

  it('keeps what it already holds once the budget is spent, and renders the rest every time', () => {
    const memo = new StringMemo(20);
    let calls = 0;
    const render = () => `value-${++calls}`;
    memo.get('first', render); // 5 + 7 = 12 characters: kept
    memo.get('second', render); // 6 + 7 more would exceed 20: not kept
    expect(memo.get('first', render)).toBe('value-1');
    expect(memo.get('second', render)).toBe('value-3');
    expect(calls).toBe(3);
    expect(memo.size).toBe(12);
  });

  it('remembers nothing with a budget of 0', () => {
    const memo = new StringMemo(0);
    let calls = 0;
    memo.get('k', () => String(++calls));
    memo.get('k', () => String(++calls));
    expect(calls).toBe(2);
    expect(memo.hits).toBe(0);
  });
});
