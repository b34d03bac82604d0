import type { ScanOutcome } from '../../bindings';

/*
 * The sound of each scan, so that the person holding the scanner need not look
 * at the screen: a short high beep for an asset found, two rising tones for one
 * found elsewhere, a low tone for an unknown tag. Made with the Web Audio API
 * (an oscillator, nothing to load), and silent where there is no sound device.
 */

/** What a scan sounds like: its outcome, or a scan that could not be recorded. */
export type ScanSound = ScanOutcome | 'error';

/** One tone: its pitch in hertz and its length in seconds. */
type Tone = { hertz: number; seconds: number };

export const TONES: Record<ScanSound, readonly Tone[]> = {
  found: [{ hertz: 1320, seconds: 0.09 }],
  moved: [
    { hertz: 880, seconds: 0.09 },
    { hertz: 1320, seconds: 0.09 },
  ],
  unknown: [{ hertz: 220, seconds: 0.3 }],
  again: [{ hertz: 660, seconds: 0.05 }],
  error: [{ hertz: 160, seconds: 0.4 }],
};

const GAP = 0.04;
const VOLUME = 0.2;
const MUTED_KEY = 'parc.audit.muted';

let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  const Context =
    globalThis.AudioContext ??
    (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Context) return null;
  context ??= new Context();
  if (context.state === 'suspended') void context.resume().catch(() => {});
  return context;
}

/** Plays the sound of `sound`; never throws (the colour of the flash still tells). */
export function beep(sound: ScanSound): void {
  try {
    const audio = audioContext();
    if (!audio) return;
    let at = audio.currentTime;
    for (const { hertz, seconds } of TONES[sound]) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = hertz;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(VOLUME, at + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
      oscillator.connect(gain);
      gain.connect(audio.destination);
      oscillator.start(at);
      oscillator.stop(at + seconds + 0.02);
      at += seconds + GAP;
    }
  } catch {
    // No sound device, or the webview refuses audio: scanning goes on in silence.
  }
}

/** Whether the sounds are off, as the user last chose on this computer. */
export function loadMuted(): boolean {
  return localStorage.getItem(MUTED_KEY) === '1';
}

export function saveMuted(muted: boolean): void {
  if (muted) localStorage.setItem(MUTED_KEY, '1');
  else localStorage.removeItem(MUTED_KEY);
}

/** Forgets the audio context, for tests that install a fake one. */
export function resetAudio(): void {
  context = null;
}
