// The silo's HTTP API, as the page uses it. Failures become ApiError, which carries the problem details' field errors.
// Changes carry the bearer token the user gave, if any; a change refused for want of one (401, 403) asks for a token
// and is sent once more with it. The token is kept in sessionStorage: for this tab, until it closes.

/** A request the API refused or could not answer; errors maps field names ("width", "random.density") to messages. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `The silo answered ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.title = problem?.title ?? null;
    this.detail = problem?.detail ?? null;
    this.errors = problem?.errors ?? {};
  }
}

const TOKEN_KEY = 'orleanslife.token';

/** How the page asks for a token: (refusal: ApiError) => Promise<string | null>; null means the user would rather not. */
let askForToken = async () => null;

/** Sets how the page asks for a token when a change is refused. */
export function onTokenNeeded(ask) {
  askForToken = ask;
}

/** The token changes are sent with, or null. */
export const currentToken = () => sessionStorage.getItem(TOKEN_KEY);

async function change(method, path, body) {
  try {
    return await request(method, path, body, currentToken());
  } catch (error) {
    if (!(error instanceof ApiError) || (error.status !== 401 && error.status !== 403)) throw error;
    const token = await askForToken(error);
    if (!token) throw error;
    sessionStorage.setItem(TOKEN_KEY, token);
    return request(method, path, body, token);
  }
}

async function request(method, path, body, token = null) {
  const init = { method, headers: { Accept: 'application/json' } };
  if (token) init.headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }

  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    throw new ApiError(0, { title: 'The silo did not answer.', detail: `The silo did not answer: ${error.message}` });
  }

  const json = (response.headers.get('Content-Type') ?? '').includes('json');
  const data = response.status !== 204 && json ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

const board = name => `/api/boards/${encodeURIComponent(name)}`;

export const api = {
  listBoards: () => request('GET', '/api/boards?cells=false'),
  getBoard: name => request('GET', `${board(name)}?cells=false`),
  getTiles: name => request('GET', `${board(name)}/tiles`),
  getCell: (name, x, y) => request('GET', `${board(name)}/cells/${x}/${y}`),
  createBoard: spec => change('POST', '/api/boards', spec),
  step: (name, generations) => change('POST', `${board(name)}/step`, { generations }),
  pause: name => change('POST', `${board(name)}/pause`),
  resume: name => change('POST', `${board(name)}/resume`),
  deleteBoard: name => change('DELETE', board(name)),
  boardEventsUrl: name => `${board(name)}/events`,
  listPatterns: () => request('GET', '/api/patterns'),
  getPattern: name => request('GET', `/api/patterns/${encodeURIComponent(name)}`),
  getCluster: () => request('GET', '/api/cluster'),
};

/** The page address of a board's view. */
export const boardHref = name => `#/boards/${encodeURIComponent(name)}`;
