// Shapes of the Mijnwebwinkel answers other than the order itself (that is order-schema.ts): the
// store, the status list, the order count and an order's payments. The API is loose in documented
// ways (PHP heritage): integers and booleans arrive as strings, `[]` stands for an empty object,
// lists are sometimes wrapped in an object. All documented forms are accepted here.
import { z } from 'zod';

/** An integer sent as a number or as a numeric string. */
export const intLike = z.union([
  z.number().int(),
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, 'expected a whole number')
    .transform(Number),
]);

/** A boolean sent as true/false, 1/0 or their text forms. */
export const boolLike = z.union([
  z.boolean(),
  z.literal(1).transform(() => true),
  z.literal(0).transform(() => false),
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((s) => ['true', 'false', '1', '0', 'yes', 'no', ''].includes(s), 'expected a boolean')
    .transform((s) => s === 'true' || s === '1' || s === 'yes'),
]);

/** PHP sends an empty associative array as `[]`: read it as an absent object. */
export function looseObjectOrEmpty<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (v) => (v === null || (Array.isArray(v) && v.length === 0) ? undefined : v),
    schema.optional(),
  );
}

/** A list that may come bare or wrapped in `{ <key>: [...] }`. */
export function listOrWrapped<T extends z.ZodType>(item: T, key: string) {
  return z.preprocess((v) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && key in v)
      return (v as Record<string, unknown>)[key];
    return v;
  }, z.array(item));
}

export const storeSchema = z.object({
  id: z.string().optional(),
  name: z.string(),
  primary_domain: z.string().nullable().optional(),
  currency: z.string().optional(),
  prices_include_tax: boolLike.optional(),
  default_language: z.string().optional(),
  region_code: z.string().nullable().optional(),
  version: z.string().nullable().optional(),
});
export type Store = z.output<typeof storeSchema>;

export const orderStatusSchema = z.object({
  status: intLike,
  description: z.string(),
  credit_order: boolLike.optional().default(false),
});
export type OrderStatus = z.output<typeof orderStatusSchema>;

export const orderStatusListSchema = listOrWrapped(orderStatusSchema, 'orderstatuses');

export const orderCountSchema = z.object({ count: intLike });

export const paymentMutationSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  type: z.string(),
  /** Integer cents. */
  price: intLike,
  createdAt: z.string().nullable().optional(),
  reference: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
});

export const orderPaymentSchema = z.object({
  id: z.string(),
  gateway: z.string().nullable().optional(),
  method: z.string().nullable().optional(),
  gatewayReference: z.string().nullable().optional(),
  /** Integer cents (this endpoint, unlike the orders, counts in cents). */
  price: intLike,
  currency: z.string().optional(),
  isTest: boolLike.optional(),
  createdAt: z.string().nullable().optional(),
  updatedAt: z.string().nullable().optional(),
  mutations: z.array(paymentMutationSchema).optional(),
  order: looseObjectOrEmpty(z.looseObject({})),
});
export type OrderPayment = z.output<typeof orderPaymentSchema>;

export const orderPaymentListSchema = listOrWrapped(orderPaymentSchema, 'payments');
