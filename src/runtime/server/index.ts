export { ApiError } from './api-error.ts';
export type { ClientServerOptions, ClientServerRateLimit } from './client-server-options.ts';
export { createClientServer } from './create-client-server.ts';
export { FormPostBody, VisibleFormFields } from './form-post.ts';
export {
  type RunningClientServer,
  type StartClientServerOptions,
  startClientServer,
} from './start-client-server.ts';
