// The search_tokens rows of the generated documents, held as postings (token → documents) and
// listed in primary-key order (token, doc_type, doc_id): written that way, the primary-key
// B-tree only appends. A few thousand distinct tokens; ~8 bytes per row in memory.

class IntList {
  data = new Int32Array(16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

export type SearchTokenRow = {
  organizationId: string;
  token: string;
  docType: string;
  docId: string;
  weight: number;
};

export class SearchPostings {
  private readonly docTypes: string[] = [];
  private readonly docIds: string[] = [];
  /** Per token: document number and weight, interleaved. */
  private readonly postings = new Map<string, IntList>();
  rows = 0;

  /** Adds one document's tokens with their weights (the rows SearchIndexService writes). */
  add(docType: string, docId: string, weights: ReadonlyMap<string, number>): void {
    const doc = this.docIds.length;
    this.docTypes.push(docType);
    this.docIds.push(docId);
    for (const [token, weight] of weights) {
      let list = this.postings.get(token);
      if (!list) this.postings.set(token, (list = new IntList()));
      list.push(doc);
      list.push(weight);
      this.rows += 1;
    }
  }

  /**
   * Every row, ordered by token (UTF-8 bytes, like SQLite BINARY and utf8mb4_bin), type, id.
   * The yielded object is reused: read it before the next step.
   */
  *ordered(organizationId: string): Generator<SearchTokenRow> {
    const { docTypes, docIds } = this;
    const byKey = Array.from(docIds.keys()).sort((a, b) =>
      docTypes[a] !== docTypes[b]
        ? docTypes[a] < docTypes[b]
          ? -1
          : 1
        : docIds[a] < docIds[b]
          ? -1
          : docIds[a] > docIds[b]
            ? 1
            : 0,
    );
    const rank = new Int32Array(docIds.length);
    byKey.forEach((doc, r) => (rank[doc] = r));
    const tokens = [...this.postings.keys()]
      .map((token) => ({ token, bytes: Buffer.from(token, 'utf8') }))
      .sort((a, b) => Buffer.compare(a.bytes, b.bytes));
    const row: SearchTokenRow = { organizationId, token: '', docType: '', docId: '', weight: 0 };
    for (const { token } of tokens) {
      const list = this.postings.get(token)!;
      const n = list.length / 2;
      const order = new Float64Array(n);
      for (let i = 0; i < n; i++) order[i] = rank[list.data[2 * i]] * n + i;
      order.sort();
      for (let i = 0; i < n; i++) {
        const p = order[i] % n;
        const doc = list.data[2 * p];
        row.token = token;
        row.docType = docTypes[doc];
        row.docId = docIds[doc];
        row.weight = list.data[2 * p + 1];
        yield row;
      }
    }
  }
}
