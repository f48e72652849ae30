// The parts of webvtt-parser (no types of its own) that lib/av/captions.ts uses.
declare module 'webvtt-parser' {
  export interface WebVTTCue {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
  }
  export interface WebVTTParseError {
    message: string;
    line: number;
    col?: number;
  }
  export interface WebVTTTree {
    cues: WebVTTCue[];
    errors: WebVTTParseError[];
  }
  export class WebVTTParser {
    parse(input: string, mode?: 'metadata' | 'chapters' | 'subtitles/captions'): WebVTTTree;
  }
}
