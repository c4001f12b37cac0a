flow.go:7:2: moved to heap: x
flow.go:23:2: moved to heap: z
flow.go:29:16: leaking param: p to result ~r0 level=0
flow.go:34:2: moved to heap: a
flow.go:34:5: moved to heap: b
