/** Request and response schemas of the API tokens API. */
import { z } from 'zod';

export const TokenScopeSchema = z.enum(['read', 'write']);

export const TokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scope: TokenScopeSchema,
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TokenView = z.infer<typeof TokenSchema>;

export const TokensCreateSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scope: TokenScopeSchema,
  /** Days until the token stops working; null means never. */
  expiresInDays: z.number().int().min(1).max(365).nullable().default(90),
});
export type TokensCreateReq = z.infer<typeof TokensCreateSchema>;

/** The one answer that carries the token itself; it is never shown again. */
export const TokenCreatedSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scope: TokenScopeSchema,
  expiresAt: z.string().nullable(),
  token: z.string(),
});

export const TokenParams = z.strictObject({ tokenId: z.string().uuid() });
