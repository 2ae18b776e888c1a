/** A GraphQL POST over keep-alive HTTP; GraphQL errors are failures (counted by the load generator). */
/** `cpuMs`: CPU time used so far by the server behind the endpoint (see ServerProcess.cpuMs). */
export interface GraphqlEndpoint { url: string; headers: Record<string, string>; cpuMs?: () => number }

export async function graphql(endpoint: GraphqlEndpoint, query: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${endpoint.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...endpoint.headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { data?: unknown; errors?: { message: string }[] };
  try { body = JSON.parse(text); } catch { throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`); }
  if (body.errors?.length) throw new Error(`${body.errors[0].message} (HTTP ${res.status})`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return body.data;
}
