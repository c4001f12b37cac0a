scan_args.go:10:8: leaking param: s
scan_args.go:11:6: moved to heap: x
scan_args.go:12:6: moved to heap: y
scan_args.go:13:11: ... argument does not escape
scan_args.go:17:8: leaking param: s
scan_args.go:18:6: moved to heap: x
scan_args.go:19:11: ... argument does not escape
scan_args.go:24:6: moved to heap: x
scan_args.go:25:10: ... argument does not escape
scan_args.go:26:12: ... argument does not escape
scan_args.go:40:8: leaking param: b
scan_args.go:40:18: format does not escape
scan_args.go:41:6: moved to heap: n
scan_args.go:42:6: moved to heap: s
scan_args.go:43:13: &rd{...} escapes to heap
scan_args.go:43:12: ... argument does not escape
scan_args.go:44:14: &rd{...} escapes to heap
scan_args.go:44:13: ... argument does not escape
scan_args.go:45:20: string(b) escapes to heap
scan_args.go:45:13: ... argument does not escape
scan_args.go:50:6: moved to heap: x
scan_args.go:51:12: ... argument does not escape
scan_args.go:52:11: ... argument does not escape
scan_args.go:38:7: r does not escape
scan_args.go:38:19: p does not escape
