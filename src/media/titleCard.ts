import type { SetFacts } from './sets.ts'
import { fitText, type FittedText, type Weight } from './textFit.ts'

/** Where Debian's fonts-dejavu-core puts DejaVu Sans. */
export const FONT_DIR = '/usr/share/fonts/truetype/dejavu'
/** The two faces the title card uses. */
export const FONTS: Record<Weight, string> = {
  regular: `${FONT_DIR}/DejaVuSans.ttf`,
  bold: `${FONT_DIR}/DejaVuSans-Bold.ttf`,
}

/** The renditions of the HLS ladder, best first; keyframes every SEGMENT_SECONDS keep them aligned. */
export const RENDITIONS = [
  { name: '480p', width: 854, height: 480 },
  { name: '240p', width: 426, height: 240 },
] as const
export const SEGMENT_SECONDS = 6
export const FPS = 12

const W = 1280
const H = 720
const MARGIN = 96
const TEXT_W = W - 2 * MARGIN
const BAR_Y = 640
const BAR_H = 6

/** What the card shows, in French, ready to be laid out. */
export type CardText = { exhibition: string; kicker: string; title: string; subtitle: string; footer: string }

const KICKERS: Record<string, string> = { panel: 'Panel', 'round-table': 'Table ronde', talk: 'Conférence' }

/** The French texts of the card for a set. */
export function cardText(facts: SetFacts): CardText {
  const kicker =
    facts.kind === 'defi'
      ? 'Restitution du défi'
      : facts.kind === 'extra'
        ? `Coulisses · ${facts.parent ?? ''}`
        : (KICKERS[facts.recordingKind ?? 'talk'] ?? 'Enregistrement')
  const people = [facts.moderator && `Animé par ${facts.moderator}`, facts.by && facts.kind === 'recording' ? `avec ${facts.by}` : facts.by]
  return {
    exhibition: facts.exhibition.fr,
    kicker: kicker.toUpperCase(),
    title: facts.title.fr,
    subtitle: people.filter(Boolean).join(', '),
    footer: 'Vidéo de démonstration',
  }
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

/** White or near-black, whichever contrasts more with the theme colour `background` (#rrggbb). */
export function textColour(background: string): string {
  const l = luminance(background)
  return 1.05 / (l + 0.05) >= (l + 0.05) / (luminance('#161616') + 0.05) ? '#ffffff' : '#161616'
}

type Block = { file: string; text: FittedText; weight: Weight; y: number; alpha: number }

const lineHeight = (size: number) => Math.ceil(size * 1.17)
const spacing = (size: number) => Math.round(size * 0.18)
const blockHeight = (t: FittedText) => t.lines.length * lineHeight(t.size) + Math.max(0, t.lines.length - 1) * spacing(t.size)

/** Lays the card out: the main block (kicker, title, people) is centred between the header and the footer. */
export function layoutCard(card: CardText): Block[] {
  const kicker = fitText(card.kicker, TEXT_W, [24], 1, 'bold')
  const title = fitText(card.title, TEXT_W, [72, 62, 52, 44], 3, 'bold')
  const subtitle = fitText(card.subtitle, TEXT_W, [34, 30, 26], 2, 'regular')
  const gaps = [24, subtitle.lines.length > 0 ? 32 : 0]
  const total = blockHeight(kicker) + gaps[0]! + blockHeight(title) + gaps[1]! + blockHeight(subtitle)
  let y = Math.max(130, Math.round(130 + (580 - 130 - total) / 2))
  const blocks: Block[] = [
    { file: 'exhibition.txt', text: fitText(card.exhibition, TEXT_W, [26], 1, 'regular'), weight: 'regular', y: 64, alpha: 0.85 },
    { file: 'footer.txt', text: fitText(card.footer, TEXT_W, [20], 1, 'regular'), weight: 'regular', y: 596, alpha: 0.75 },
  ]
  for (const [file, text, weight, gap] of [
    ['kicker.txt', kicker, 'bold', gaps[0]!],
    ['title.txt', title, 'bold', gaps[1]!],
    ['subtitle.txt', subtitle, 'regular', 0],
  ] as const) {
    if (text.lines.length > 0) blocks.push({ file, text, weight, y, alpha: file === 'kicker.txt' ? 0.85 : 1 })
    y += blockHeight(text) + gap
  }
  return blocks
}

/** Where the job writes, relative to its working folder; an absent entry is not made. */
export type CardOutputs = { mp4?: string; poster?: string; hlsDir?: string }

/** An ffmpeg job: its arguments, and the text files (name → content) to write in its working folder first. */
export type CardJob = { args: string[]; textFiles: Record<string, string> }

const hex = (colour: string) => `0x${colour.slice(1)}`

function encoder(keyframes: boolean): string[] {
  const video = ['-c:v', 'libx264', '-preset', 'veryfast', '-tune', 'stillimage', '-crf', '32', '-profile:v', 'main', '-bf', '0']
  const gop = keyframes
    ? ['-force_key_frames', `expr:gte(t,n_forced*${SEGMENT_SECONDS})`, '-sc_threshold', '0']
    : ['-g', String(FPS * 30)]
  // A sine tone needs few bits: 24 kHz mono at 16 kb/s. The MP4 gets one keyframe (seeking a 20 s card is cheap),
  // the HLS renditions one per segment; together they keep a 20 s set near 300 KB.
  return [...video, ...gop, '-c:a', 'aac', '-ac', '1', '-ar', '24000', '-b:a', '16k']
}

/**
 * The ffmpeg job that draws a 1280×720 title card for `durationSeconds`, with a progress bar that fills as it
 * plays and a quiet 440 Hz tone, into an MP4, a JPEG poster and a two-rendition fMP4 HLS ladder.
 */
export function titleCardJob(card: CardText, colour: string, durationSeconds: number, out: CardOutputs): CardJob {
  const d = durationSeconds
  const fg = textColour(colour)
  const blocks = layoutCard(card)
  const textFiles = Object.fromEntries(blocks.map((b) => [b.file, b.text.lines.join('\n')]))
  const draw = blocks.map(
    (b) =>
      `drawtext=fontfile=${FONTS[b.weight]}:textfile=${b.file}:expansion=none:fontsize=${b.text.size}` +
      `:line_spacing=${spacing(b.text.size)}:fontcolor=${hex(fg)}@${b.alpha}:x=${MARGIN}:y=${b.y}`,
  )
  const branches: string[] = []
  const outputs: string[] = []
  if (out.mp4) {
    branches.push('[vmp4]')
    outputs.push('-map', '[vmp4]', '-map', '2:a', ...encoder(false), '-movflags', '+faststart', out.mp4)
  }
  if (out.poster) {
    branches.push('[p]')
    outputs.push('-map', '[vposter]', '-frames:v', '1', '-q:v', '8', out.poster)
  }
  const scaled: string[] = []
  if (out.hlsDir) {
    RENDITIONS.forEach((r, i) => {
      branches.push(`[s${i}]`)
      scaled.push(`;[s${i}]scale=${r.width}:${r.height}[v${i}]`)
    })
    outputs.push(
      ...RENDITIONS.flatMap((_, i) => ['-map', `[v${i}]`, '-map', '2:a']),
      ...encoder(true),
      // Without this the HLS muxer lets audio lag behind video and puts whole seconds of it in the wrong segment.
      ...['-max_interleave_delta', '0', '-f', 'hls', '-hls_time', String(SEGMENT_SECONDS)],
      ...['-hls_playlist_type', 'vod', '-hls_segment_type', 'fmp4', '-hls_flags', 'independent_segments'],
      ...['-hls_fmp4_init_filename', 'init.mp4', '-master_pl_name', 'ffmpeg-master.m3u8'],
      ...['-var_stream_map', RENDITIONS.map((r, i) => `v:${i},a:${i},name:${r.name}`).join(' ')],
      ...['-hls_segment_filename', `${out.hlsDir}/%v/seg-%d.m4s`, `${out.hlsDir}/%v/index.m3u8`],
    )
  }
  const graph =
    `[0:v]drawbox=x=${MARGIN}:y=${BAR_Y}:w=${TEXT_W}:h=${BAR_H}:color=${hex(fg)}@0.35:t=fill,${draw.join(',')}[card];` +
    // The bar slides in from the left margin, which is then painted over: drawbox cannot grow with time.
    `[card][1:v]overlay=x='${MARGIN - TEXT_W}+${TEXT_W}*t/${d}':y=${BAR_Y}:eval=frame:shortest=1,` +
    `drawbox=x=0:y=${BAR_Y}:w=${MARGIN}:h=${BAR_H}:color=${hex(colour)}:t=fill,format=yuv420p,` +
    `split=${branches.length}${branches.join('')}${scaled.join('')}` +
    // The poster is the frame at one second, once the bar has started to move.
    (out.poster ? `;[p]trim=start_frame=${FPS}:end_frame=${FPS + 1}[vposter]` : '')
  return {
    textFiles,
    args: [
      ...['-f', 'lavfi', '-i', `color=c=${hex(colour)}:s=${W}x${H}:r=${FPS}:d=${d}`],
      ...['-f', 'lavfi', '-i', `color=c=${hex(fg)}:s=${TEXT_W}x${BAR_H}:r=${FPS}:d=${d}`],
      ...['-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=24000:duration=${d},volume=0.5,afade=t=in:d=1,afade=t=out:st=${d - 1}:d=1`],
      ...['-filter_complex', graph],
      ...outputs,
    ],
  }
}
