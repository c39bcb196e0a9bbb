package view

import (
	"errors"
	"fmt"

	"benchsim/app/text"
	"benchsim/calc/companion"
)

// The companion readers' messages, in the user's language (app/text).

// companionError words a companion reader's error without the file's name
// (the import message names it first).
func companionError(err error, lang string) string {
	var e *companion.Error
	if errors.As(err, &e) {
		c := *e
		c.File = ""
		err = &c
	}
	return text.CompanionError(err, lang)
}

func companionWarning(w any, lang string) string {
	if cw, ok := w.(companion.Warning); ok {
		return text.CompanionWarning(cw, lang)
	}
	return fmt.Sprint(w)
}
