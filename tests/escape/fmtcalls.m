fmtcalls.go:17:13: ... argument does not escape
fmtcalls.go:17:13: a escapes to heap
fmtcalls.go:17:13: b escapes to heap
fmtcalls.go:18:12: ... argument does not escape
fmtcalls.go:18:13: a escapes to heap
fmtcalls.go:18:13: b escapes to heap
fmtcalls.go:20:13: ... argument does not escape
fmtcalls.go:20:13: p escapes to heap
fmtcalls.go:21:7: &P{...} does not escape
fmtcalls.go:22:13: ... argument does not escape
fmtcalls.go:22:15: q.x escapes to heap
fmtcalls.go:26:20: ... argument does not escape
fmtcalls.go:26:21: n escapes to heap
fmtcalls.go:29:12: leaking param: s
fmtcalls.go:33:14: leaking param: err
fmtcalls.go:34:19: ... argument does not escape
fmtcalls.go:37:12: parts does not escape
fmtcalls.go:46:25: strconv.Itoa(n) + strings.Repeat("x", 2) escapes to heap
fmtcalls.go:51:13: ... argument does not escape
fmtcalls.go:51:20: sprint(3) escapes to heap
fmtcalls.go:52:13: ... argument does not escape
fmtcalls.go:52:19: build([]string{...}) escapes to heap
fmtcalls.go:52:28: []string{...} does not escape
fmtcalls.go:52:45: conv(7) escapes to heap
