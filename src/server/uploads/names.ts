import type { Bilingual } from '../../manifest/index.ts'

// C0 and C1 controls, DEL, and the bidirectional overrides and isolates that make `gpj.exe` read as `exe.jpg`.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i
const MAX_NAME = 255

/**
 * Checks the file name a team's browser announced. It is only ever shown back to the team (files are stored
 * under names the server makes), but a name no file picker produces is a probe, and is refused with its reason.
 */
export function checkClientFilename(name: string): Bilingual | null {
  if (name.length === 0) return { fr: 'nom de fichier vide', en: 'empty file name' }
  if (name.length > MAX_NAME) {
    return {
      fr: `nom de fichier trop long (plus de ${MAX_NAME} caractères)`,
      en: `file name too long (over ${MAX_NAME} characters)`,
    }
  }
  if (CONTROL_OR_BIDI.test(name)) {
    return { fr: 'le nom de fichier contient des caractères de contrôle', en: 'the file name holds control characters' }
  }
  if (/[/\\]|%(?:2f|5c|00)|%2e%2e|^\.+$/i.test(name)) {
    return { fr: 'le nom de fichier contient un chemin', en: 'the file name holds a path' }
  }
  if (WINDOWS_DEVICE.test(name)) {
    return { fr: 'nom de fichier réservé par Windows', en: 'file name reserved by Windows' }
  }
  return null
}
