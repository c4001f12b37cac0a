strings.go:7:13: a does not escape
strings.go:7:16: b does not escape
strings.go:8:11: a + b escapes to heap
strings.go:11:18: a does not escape
strings.go:11:21: b does not escape
strings.go:12:13: a + b + "!" does not escape
strings.go:16:17: a does not escape
strings.go:17:9: a + "x" escapes to heap
strings.go:20:14: s does not escape
strings.go:21:15: ([]byte)(s) escapes to heap
strings.go:24:19: s does not escape
strings.go:25:13: ([]byte)(s) does not escape
strings.go:29:16: b does not escape
strings.go:30:15: string(b) escapes to heap
strings.go:33:21: b does not escape
strings.go:34:19: string(b) does not escape
strings.go:37:19: b does not escape
strings.go:38:15: string(b) does not escape
strings.go:41:12: s does not escape
strings.go:42:13: ([]rune)(s) does not escape
strings.go:47:15: string(r) escapes to heap
strings.go:50:17: b does not escape
strings.go:52:18: string(b) does not escape
strings.go:58:15: leaking param: s to result ~r0 level=0
strings.go:63:13: ([]byte)("hello") does not escape
strings.go:68:13: ([]byte)("z") escapes to heap
