import { resetAudio } from '../features/audit/beep';

/** A Web Audio stand-in that records the pitch and start of every oscillator. */
export function fakeAudio() {
  const tones: Array<{ hertz: number; at: number }> = [];
  class FakeContext {
    state = 'running';
    currentTime = 0;
    destination = {};
    createOscillator() {
      const tone = { hertz: 0, at: -1 };
      return {
        type: '',
        frequency: {
          set value(hertz: number) {
            tone.hertz = hertz;
          },
        },
        connect() {},
        start(at: number) {
          tone.at = at;
          tones.push(tone);
        },
        stop() {},
      };
    }
    createGain() {
      return {
        gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} },
        connect() {},
      };
    }
  }
  globalThis.AudioContext = FakeContext as unknown as typeof AudioContext;
  resetAudio();
  return tones;
}

/** Takes the stand-in away: jsdom has no Web Audio of its own. */
export function noAudio(): void {
  delete (globalThis as { AudioContext?: unknown }).AudioContext;
  resetAudio();
}
