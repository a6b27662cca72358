/** The one place errors become HTTP responses: `{ error: { code, message, field? } }`, no internals leaked. */
import { VigilError } from '@vigil/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

const STATUS: Record<VigilError['code'], number> = {
  validation_failed: 400,
  unauthenticated: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  setup_done: 409,
  locked: 423,
  rate_limited: 429,
  internal: 500,
};

export interface ErrorBody {
  error: { code: string; message: string; field?: string; fields?: { field: string; message: string }[] };
}

function body(code: string, message: string, field?: string): ErrorBody {
  return { error: field ? { code, message, field } : { code, message } };
}

/** Fastify error handler: validation → 400 naming the field, domain errors by code, the rest → 500. */
export function handleError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = err.validation.map((issue) => {
      const params = issue.params as { keys?: string[] };
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const unknownKey = issue.keyword === 'unrecognized_keys' && params.keys?.[0];
      const field = unknownKey
        ? path
          ? `${path}.${unknownKey}`
          : unknownKey
        : path || err.validationContext || 'body';
      return { field, message: `${field}: ${unknownKey ? 'unknown field' : issue.message}` };
    });
    // One entry per field, the first problem of each: a form shows one message under each field.
    const fields = issues.filter((i, n) => issues.findIndex((j) => j.field === i.field) === n);
    const first = fields[0]!;
    return reply
      .status(400)
      .send({ error: { code: 'validation_failed', message: first.message, field: first.field, fields } });
  }
  if (err instanceof VigilError) {
    return reply.status(STATUS[err.code]).send(body(err.code, err.message, err.field));
  }
  if (
    err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    (err.statusCode === 400 && err instanceof SyntaxError)
  ) {
    return reply.status(400).send(body('validation_failed', 'body: malformed JSON', 'body'));
  }
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return reply.status(413).send(body('payload_too_large', 'body: the request body is too large', 'body'));
  }
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return reply.status(415).send(body('unsupported_media_type', 'body: send application/json'));
  }
  if (err.statusCode === 429) {
    return reply.status(429).send(body('rate_limited', 'Too many requests; try again later'));
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return reply.status(err.statusCode).send(body('bad_request', err.message));
  }
  req.log.error({ err }, 'unhandled error');
  return reply.status(500).send(body('internal', 'Something went wrong; the error was logged'));
}
