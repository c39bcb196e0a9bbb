package ui

import "fmt"

// The companion readers' messages, in the user's language. This is the
// seam to app/text's CompanionError and CompanionWarning (issue 10); until
// they are merged, the reader's own message is shown.

func companionError(err error, lang string) string { return err.Error() }

func companionWarning(w any, lang string) string { return fmt.Sprint(w) }
