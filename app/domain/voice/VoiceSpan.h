#pragma once

namespace bd {

// A stretch of a normalised note, in UTF-16 units: where a phrase, a cue or a list's word
// stands. The analyser's parts pass these between them; positions are those of the note
// as typed, because normalising never moves a character (VoiceText).
struct VoiceSpan
{
    int start = 0;
    int end = 0;
    bool overlaps(const VoiceSpan &o) const { return start < o.end && o.start < end; }
    bool contains(const VoiceSpan &o) const { return start <= o.start && o.end <= end; }
};

// Where a label may be heard: a phrase of its own, or the two parts of one of its pairs.
struct VoiceCandidate
{
    VoiceSpan span;
    VoiceSpan first; // the first component (the whole phrase for a phrase)
    VoiceSpan last;  // the component a negation cue stands before
};

} // namespace bd
