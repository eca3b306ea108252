import { z } from 'zod';

/** What a route says about itself for `/api/openapi.json` (kept on the route's config). */
export interface RouteDoc {
  summary: string;
  params?: Record<string, z.ZodType>;
  body?: { contentTypes: string[]; schema: z.ZodType };
  responses: Record<string, { description: string; schema?: z.ZodType; contentType?: string }>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    openapi?: RouteDoc;
  }
}

export interface DocumentedRoute {
  method: string;
  url: string;
  doc: RouteDoc;
}

/** An OpenAPI 3.1 document whose schemas are generated from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(
  info: { title: string; version: string },
  routes: DocumentedRoute[],
): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { method, url, doc } of routes) {
    const path = url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][method.toLowerCase()] = {
      summary: doc.summary,
      ...(doc.params
        ? {
            parameters: Object.entries(doc.params).map(([name, schema]) => ({
              name,
              in: 'path',
              required: true,
              schema: jsonSchemaOf(schema),
            })),
          }
        : {}),
      ...(doc.body
        ? {
            requestBody: {
              required: true,
              content: Object.fromEntries(
                doc.body.contentTypes.map((type) => [type, { schema: jsonSchemaOf(doc.body!.schema) }]),
              ),
            },
          }
        : {}),
      responses: Object.fromEntries(
        Object.entries(doc.responses).map(([status, response]) => [
          status,
          {
            description: response.description,
            ...(response.schema
              ? {
                  content: {
                    [response.contentType ?? 'application/json']: { schema: jsonSchemaOf(response.schema) },
                  },
                }
              : {}),
          },
        ]),
      ),
    };
  }
  return { openapi: '3.1.0', info, paths };
}

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return json;
}
