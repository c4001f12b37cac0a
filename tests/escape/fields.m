fields.go:14:15: o does not escape
fields.go:14:25: leaking param: p
fields.go:18:13: o does not escape
fields.go:18:23: leaking param: p
fields.go:22:17: leaking param: o to result ~r0 level=2
fields.go:35:2: moved to heap: y
fields.go:41:18: leaking param: o to result ~r0 level=0
fields.go:45:18: pp does not escape
fields.go:46:2: moved to heap: z
fields.go:51:2: moved to heap: a
fields.go:51:5: moved to heap: b
fields.go:56:10: &inner{...} does not escape
