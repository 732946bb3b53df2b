//! Decoding: bytes to UTF-8 text, and the choice between HTML and text dump.
