/** The API tokens API: a person's tokens for scripts and the CLI. */
import { TokenScopeSchema } from '@vigil/core/vocabulary';
import { z } from 'zod';
import { itemsOf, NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

export const ApiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scope: TokenScopeSchema,
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;

export const TokensCreateSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scope: TokenScopeSchema,
  /** Days until the token stops working; null means never. */
  expiresInDays: z.number().int().min(1).max(365).nullable().default(90),
});
/** A token request as a caller writes it. */
export type ApiTokenCreate = z.input<typeof TokensCreateSchema>;
/** A token request as the server reads it, defaults applied. */
export type ApiTokenCreateRequest = z.output<typeof TokensCreateSchema>;

/** The one answer that carries the token itself; it is never shown again. */
export const ApiTokenCreatedSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scope: TokenScopeSchema,
  expiresAt: z.string().nullable(),
  token: z.string(),
});
export type ApiTokenCreated = z.infer<typeof ApiTokenCreatedSchema>;

const TokenParams = z.strictObject({ tokenId: z.string().uuid() });
const tag = 'tokens';

/** Every endpoint of the tokens domain. */
export const tokenRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/tokens',
    access: { permission: 'tokens.manage_own' },
    tag,
    summary: 'Your API tokens in this organization',
    responses: { 200: itemsOf(ApiTokenSchema) },
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/tokens',
    access: { permission: 'tokens.manage_own' },
    tag,
    summary: 'Create an API token; the token is in this answer only',
    body: TokensCreateSchema,
    responses: { 201: ApiTokenCreatedSchema },
  }),
  revoke: defineRoute({
    method: 'DELETE',
    path: '/api/tokens/:tokenId',
    access: { permission: 'tokens.manage_own' },
    tag,
    summary: 'Revoke one of your API tokens',
    params: TokenParams,
    body: NoBodySchema,
    responses: { 204: null },
  }),
} as const;
