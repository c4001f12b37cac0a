godefer.go:8:11: p does not escape
godefer.go:18:2: moved to heap: x
godefer.go:27:8: func literal does not escape
godefer.go:38:10: p does not escape
godefer.go:41:2: moved to heap: s
godefer.go:44:3: moved to heap: z
godefer.go:43:9: func literal escapes to heap
godefer.go:51:6: moved to heap: mu
