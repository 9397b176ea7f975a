import { describe, expect, it } from 'vitest';
import { RowLoader } from './loaders';

type Row = { id: string; name: string };

/** A loader over an in-memory table whose batches resolve when the test says so. */
function tableLoader(rows: Record<string, string>) {
  const batches: string[][] = [];
  let release: () => void = () => {};
  let gate = Promise.resolve();
  const loader = new RowLoader<Row>(async (ids) => {
    batches.push([...ids]);
    const read = ids.map((id) => (rows[id] ? { id, name: rows[id] } : null)); // read at dispatch, like a statement
    await gate;
    return read;
  });
  const hold = () => {
    gate = new Promise<void>((resolve) => (release = resolve));
  };
  return { loader, batches, hold, release: () => release() };
}

describe('RowLoader', () => {
  it('answers with a promise until the row is loaded, then with the row itself, without a second batch', async () => {
    const { loader, batches } = tableLoader({ a: 'Alice' });
    const first = loader.loadNow('a');
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toEqual({ id: 'a', name: 'Alice' });
    expect(loader.loadNow('a')).toEqual({ id: 'a', name: 'Alice' });
    expect(batches).toEqual([['a']]);
  });

  it('holds a missing or hidden row as null, as load resolves it', async () => {
    const { loader, batches } = tableLoader({});
    expect(await loader.load('ghost')).toBeNull();
    expect(loader.loadNow('ghost')).toBeNull();
    expect(batches).toHaveLength(1);
  });

  it('answers a primed row at once and runs no batch for it', () => {
    const { loader, batches } = tableLoader({});
    loader.prime('b', { id: 'b', name: 'Bob' });
    expect(loader.loadNow('b')).toEqual({ id: 'b', name: 'Bob' });
    expect(batches).toHaveLength(0);
  });

  it('keeps the first value of a key, as DataLoader does', async () => {
    const { loader } = tableLoader({});
    loader.prime('b', { id: 'b', name: 'Bob' });
    loader.prime('b', { id: 'b', name: 'Robert' });
    expect(loader.loadNow('b')).toEqual({ id: 'b', name: 'Bob' });
    expect(await loader.load('b')).toEqual({ id: 'b', name: 'Bob' });
  });

  it('forgets a cleared row and reads it again', async () => {
    const rows = { a: 'Alice' };
    const { loader, batches } = tableLoader(rows);
    await loader.load('a');
    rows.a = 'Alicia';
    loader.clear('a');
    const again = loader.loadNow('a');
    expect(again).toBeInstanceOf(Promise);
    expect(await again).toEqual({ id: 'a', name: 'Alicia' });
    expect(batches).toHaveLength(2);
  });

  it('does not hold the rows of a batch that a clear overtook (the cleared key is read again)', async () => {
    const rows = { a: 'Alice' };
    const { loader, hold, release } = tableLoader(rows);
    hold();
    const stale = loader.load('a');
    await new Promise((resolve) => setTimeout(resolve, 0)); // the batch is dispatched and waits
    rows.a = 'Alicia';
    loader.clear('a');
    release();
    expect(await stale).toEqual({ id: 'a', name: 'Alice' });
    const fresh = loader.loadNow('a');
    expect(fresh).toBeInstanceOf(Promise);
    expect(await fresh).toEqual({ id: 'a', name: 'Alicia' });
  });

  it('never holds a primed error: loadNow rejects like load', async () => {
    const { loader } = tableLoader({});
    loader.prime('e', new Error('refused'));
    await expect(loader.loadNow('e')).rejects.toThrow('refused');
  });
});
