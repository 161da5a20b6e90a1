// A few promises around IndexedDB: one database with a store for backups of unsaved work and
// one for recently opened files (their File System Access handles, which IndexedDB can keep).
export const DB_NAME = 'vitale-coalitie-scenarioplanner';
export const DB_VERSION = 1;
export type StoreName = 'backups' | 'recent';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export class Idb {
  private db: Promise<IDBDatabase> | null = null;

  constructor(private readonly factory: IDBFactory) {}

  private open(): Promise<IDBDatabase> {
    if (!this.db) {
      const request = this.factory.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('backups')) db.createObjectStore('backups', { keyPath: 'id' });
        if (!db.objectStoreNames.contains('recent')) db.createObjectStore('recent', { keyPath: 'id' });
      };
      this.db = done(request);
      this.db.catch(() => {
        this.db = null; // try again next time (e.g. after a blocked upgrade)
      });
    }
    return this.db;
  }

  private async run<T>(store: StoreName, mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await this.open();
    const tx = db.transaction(store, mode);
    const result = done(work(tx.objectStore(store)));
    // A write counts once its transaction has committed, not when the request succeeded.
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    return result;
  }

  get<T>(store: StoreName, key: string): Promise<T | undefined> {
    return this.run(store, 'readonly', (s) => s.get(key) as IDBRequest<T | undefined>);
  }

  all<T>(store: StoreName): Promise<T[]> {
    return this.run(store, 'readonly', (s) => s.getAll() as IDBRequest<T[]>);
  }

  async put<T>(store: StoreName, value: T): Promise<void> {
    await this.run(store, 'readwrite', (s) => s.put(value));
  }

  async delete(store: StoreName, key: string): Promise<void> {
    await this.run(store, 'readwrite', (s) => s.delete(key));
  }
}
