/** Builds one JSON value from stream-json tokens, the way JSON.parse would. */

type Token = { name: string; value?: unknown };
type Container = { value: Record<string, unknown> | unknown[]; key: string | undefined };

/** Accumulates the tokens of one value; `token()` returns PENDING until the value is complete. */
export class Assembler {
  static readonly PENDING: unique symbol = Symbol('pending');
  private readonly stack: Container[] = [];

  /** Adds a token; returns the finished value, or PENDING while containers are still open. */
  token(t: Token): unknown {
    switch (t.name) {
      case 'startObject':
        this.stack.push({ value: {}, key: undefined });
        return Assembler.PENDING;
      case 'startArray':
        this.stack.push({ value: [], key: undefined });
        return Assembler.PENDING;
      case 'keyValue': {
        const top = this.stack[this.stack.length - 1];
        if (top) top.key = String(t.value);
        return Assembler.PENDING;
      }
      case 'endObject':
      case 'endArray': {
        const done = this.stack.pop();
        return done ? this.add(done.value) : Assembler.PENDING;
      }
      case 'numberValue':
        return this.add(Number(t.value));
      case 'stringValue':
      case 'nullValue':
      case 'trueValue':
      case 'falseValue':
        return this.add(t.value);
      default:
        return Assembler.PENDING;
    }
  }

  private add(value: unknown): unknown {
    const top = this.stack[this.stack.length - 1];
    if (!top) return value;
    if (Array.isArray(top.value)) top.value.push(value);
    else if (top.key === '__proto__') {
      // JSON.parse makes "__proto__" an own property; plain assignment would replace the prototype.
      Object.defineProperty(top.value, top.key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else top.value[top.key ?? ''] = value;
    return Assembler.PENDING;
  }
}
