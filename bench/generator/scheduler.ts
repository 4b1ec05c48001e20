interface Task {
  at: number;
  order: number;
  run: () => void;
}

/** A min-heap of follow-up acts (pickups, sign-outs, complaint steps) so everything is written in time order. */
export class Scheduler {
  private readonly heap: Task[] = [];
  private counter = 0;

  get size(): number {
    return this.heap.length;
  }

  add(at: number, run: () => void): void {
    this.heap.push({ at, order: this.counter++, run });
    this.up(this.heap.length - 1);
  }

  /** Runs every task due before `until`, earliest first; tasks may schedule further tasks. */
  runUntil(until: number): void {
    while (this.heap.length > 0 && (this.heap[0] as Task).at < until) {
      const task = this.pop();
      task.run();
    }
  }

  private pop(): Task {
    const top = this.heap[0] as Task;
    const last = this.heap.pop() as Task;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const x = this.heap[a] as Task;
    const y = this.heap[b] as Task;
    return x.at < y.at || (x.at === y.at && x.order < y.order);
  }

  private swap(a: number, b: number): void {
    const t = this.heap[a] as Task;
    this.heap[a] = this.heap[b] as Task;
    this.heap[b] = t;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.heap.length && this.less(l, m)) m = l;
      if (r < this.heap.length && this.less(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
