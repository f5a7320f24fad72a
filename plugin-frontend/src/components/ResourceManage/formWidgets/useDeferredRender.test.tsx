/*
 * Copyright 2026 The Kratix Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import { render, screen } from '@testing-library/react';
import { useDeferredRender } from './useDeferredRender';

function Recorder({ defer, seen }: { defer: boolean; seen: boolean[] }) {
  const drawn = useDeferredRender(defer);
  seen.push(drawn);
  return drawn ? <p>drawn</p> : null;
}

describe('useDeferredRender', () => {
  it('draws a deferred part after the first render, without any interaction', async () => {
    const seen: boolean[] = [];
    render(<Recorder defer seen={seen} />);
    expect(await screen.findByText('drawn')).toBeInTheDocument();
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
  });

  it('draws a part that is not deferred on the first render', () => {
    const seen: boolean[] = [];
    render(<Recorder defer={false} seen={seen} />);
    expect(seen).toEqual([true]);
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });
});
