// Styled text is built by the engine's renderers and by the console's commands alike, so the
// type lives in the engine. The console re-exports the engine, so that the app and the tests,
// which import only the console, see `StyledText` (and its `+`) as before.
@_exported import ByteLensEngine
