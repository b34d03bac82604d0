import { afterEach, describe, expect, it } from 'vitest';
import { fakeAudio, noAudio } from '../../testing/audio';
import { beep, loadMuted, saveMuted } from './beep';

afterEach(noAudio);

describe('beep', () => {
  it('is higher for found than for unknown, and two rising tones for moved', () => {
    const tones = fakeAudio();
    beep('found');
    const [found] = tones.splice(0);
    beep('unknown');
    const [unknown] = tones.splice(0);
    expect(found?.hertz).toBeGreaterThan(unknown?.hertz ?? Infinity);
    beep('moved');
    expect(tones).toHaveLength(2);
    const [low, high] = tones;
    expect(high?.hertz).toBeGreaterThan(low?.hertz ?? Infinity);
    expect(high?.at).toBeGreaterThan(low?.at ?? Infinity);
  });

  it('stays silent, without throwing, where there is no Web Audio', () => {
    expect(() => beep('found')).not.toThrow();
  });

  it('remembers the mute switch', () => {
    expect(loadMuted()).toBe(false);
    saveMuted(true);
    expect(loadMuted()).toBe(true);
    saveMuted(false);
    expect(loadMuted()).toBe(false);
  });
});
