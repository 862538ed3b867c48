import { useEffect, useState } from 'react'
import { resolveMediaUrl } from '../../video/source.ts'
import type { PosterImage } from './painters.ts'

/**
 * Loads poster images (manifest media paths) and returns them as they arrive, loaded or failed; each arrival is a
 * new map, so the pictures that show it are painted again. A poster that fails leaves its title card in place.
 */
export function usePosters(paths: readonly string[]): ReadonlyMap<string, PosterImage> {
  const [posters, setPosters] = useState<ReadonlyMap<string, PosterImage>>(() => new Map())
  const key = paths.join('\n')
  useEffect(() => {
    let live = true
    const settle = (path: string, image: PosterImage) => {
      if (live) setPosters((before) => new Map(before).set(path, image))
    }
    for (const path of new Set(key.split('\n').filter((p) => p !== ''))) {
      const image = new Image()
      image.decoding = 'async'
      image.src = resolveMediaUrl(path, '/media/')
      image.decode().then(
        () => settle(path, image),
        () => settle(path, 'failed'),
      )
    }
    return () => {
      live = false
    }
  }, [key])
  return posters
}
