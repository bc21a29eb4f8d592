import createClient, { type Client, type ClientOptions } from "openapi-fetch";

/** Options of a service's client: openapi-fetch's (baseUrl, fetch, headers...) and the caller's bearer token. */
export interface SuiteClientOptions extends ClientOptions {
  /** The service's base URL, e.g. http://127.0.0.1:8081 locally (paths in the contract start with /v1). */
  baseUrl: string;
  /**
   * The bearer token sent on every request, or a function asked before each request, so that a token
   * that expires can be renewed without making a new client.
   */
  token?: string | (() => string | Promise<string>);
}

/** A typed client of one service's paths: every call, parameter and body is checked against its contract. */
export function createSuiteClient<Paths extends {}>(options: SuiteClientOptions): Client<Paths> {
  const { token, ...fetchOptions } = options;
  const client = createClient<Paths>(fetchOptions);
  if (token !== undefined) {
    client.use({
      async onRequest({ request }) {
        const value = typeof token === "function" ? await token() : token;
        request.headers.set("Authorization", `Bearer ${value}`);
        return request;
      },
    });
  }
  return client;
}
