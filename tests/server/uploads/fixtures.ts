import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

const exec = promisify(execFile)

async function ffmpeg(args: string[]): Promise<void> {
  await exec('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args])
}

/** A tiny clip made by ffmpeg: `seconds` of testsrc at `size`, with a tone unless `audio` is false. */
export async function makeClip(
  file: string,
  opts: { seconds?: number; size?: string; audio?: boolean; rate?: number } = {},
): Promise<string> {
  const { seconds = 2, size = '320x240', audio = true, rate = 25 } = opts
  await ffmpeg([
    '-f',
    'lavfi',
    '-i',
    `testsrc=size=${size}:rate=${rate}:duration=${seconds}`,
    ...(audio ? ['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`] : []),
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    ...(audio ? ['-c:a', 'aac', '-b:a', '64k'] : []),
    '-movflags',
    '+faststart',
    file,
  ])
  return file
}

/** The bad and good files the checks are tried on, made at test time in `dir`. */
export async function makeInputs(dir: string) {
  const at = (name: string) => path.join(dir, name)
  const clip = await makeClip(at('clip.mp4'))
  const noAudio = await makeClip(at('silent.mp4'), { audio: false })
  await ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=1', '-c:a', 'aac', at('audio-only.mp4')])
  await ffmpeg(['-f', 'lavfi', '-i', 'testsrc=size=64x48:duration=1', '-frames:v', '1', at('picture.png')])
  await ffmpeg(['-f', 'lavfi', '-i', 'testsrc=size=64x48:duration=1', '-frames:v', '1', at('picture.jpg')])
  const whole = await readFile(clip)
  await writeFile(at('truncated.mp4'), whole.subarray(0, Math.floor(whole.length / 3)))
  await writeFile(at('empty.mp4'), '')
  await writeFile(
    at('passwd.mp4'),
    '#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n',
  )
  await writeFile(
    at('loopback.mp4'),
    '#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\nhttp://127.0.0.1:9/secret.ts\n#EXT-X-ENDLIST\n',
  )
  await writeFile(at('concat.mp4'), `ffconcat version 1.0\nfile '${clip}'\nfile '/etc/passwd'\n`)
  await writeFile(
    at('poster.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
  )
  await writeFile(at('poster.html'), '<!doctype html><html><body><img src=x onerror=alert(1)></body></html>')
  await writeFile(at('no-header.vtt'), '00:00:00.000 --> 00:00:01.000\nBonjour\n')
  await writeFile(at('bad-timing.vtt'), 'WEBVTT\n\n00:00:02.000 --> 00:00:01.000\nÀ rebours\n')
  await writeFile(
    at('xss.vtt'),
    'WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.500\n<img src=x onerror=alert(1)>\n\n00:00:01.500 --> 00:00:02.000\n<i>Merci</i>\n',
  )
  await writeFile(at('good.vtt'), 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nBonjour\n')
  return { clip, noAudio, at }
}
