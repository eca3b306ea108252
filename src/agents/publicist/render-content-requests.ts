import type { Artifact } from '../builder-agent.ts';
import type { PublicistOutput } from './publicist-output.ts';

/** The documents as files under `content-requests/`, in the order they were written. */
export function renderContentRequests(output: PublicistOutput): Artifact[] {
  return output.files.map((file) => ({
    path: file.path,
    content: file.markdown.endsWith('\n') ? file.markdown : `${file.markdown}\n`,
  }));
}
