// Talking to the API: JSON in, the one error shape turned into an Error with its message.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** A query string from an object, leaving out empty values. */
export function queryString(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value === null || value === undefined || value === "" || value === false) continue;
    search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** GET an API path; resolves to its JSON, rejects with an ApiError. */
export async function getJSON(path, params) {
  let response;
  try {
    response = await fetch(path + queryString(params), { headers: { accept: "application/json" } });
  } catch (error) {
    throw new ApiError(0, "unreachable", "the dateline server cannot be reached");
  }
  if (!response.ok) {
    let body = null;
    try {
      body = await response.json();
    } catch (error) {
      body = null;
    }
    const problem = body && body.error ? body.error : { code: "error", message: response.statusText };
    throw new ApiError(response.status, problem.code, problem.message);
  }
  return response.json();
}
