// The silo's HTTP API, as the page uses it. Failures become ApiError, which carries the problem details' field errors.

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

async function request(method, path, body) {
  const init = { method, headers: { Accept: 'application/json' } };
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
  createBoard: spec => request('POST', '/api/boards', spec),
  step: (name, generations) => request('POST', `${board(name)}/step`, { generations }),
  pause: name => request('POST', `${board(name)}/pause`),
  resume: name => request('POST', `${board(name)}/resume`),
  deleteBoard: name => request('DELETE', board(name)),
  boardEventsUrl: name => `${board(name)}/events`,
  listPatterns: () => request('GET', '/api/patterns'),
  getPattern: name => request('GET', `/api/patterns/${encodeURIComponent(name)}`),
  getCluster: () => request('GET', '/api/cluster'),
};

/** The page address of a board's view. */
export const boardHref = name => `#/boards/${encodeURIComponent(name)}`;
