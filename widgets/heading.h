// The look of page titles and summary lines, so that every page reads alike.
#pragma once

class QLabel;

namespace civicstat {

// Plain text (never rich text: names come from users' data), wrapped, scaled and optionally bold.
void styleHeading(QLabel *label, double scale, bool bold = true);

} // namespace civicstat
