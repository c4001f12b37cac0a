iface_methods.go:12:7: s does not escape
iface_methods.go:16:12: leaking param content: ss
iface_methods.go:26:2: rect{...} escapes to heap
iface_methods.go:28:6: &square{...} escapes to heap
iface_methods.go:33:2: rect{...} escapes to heap
iface_methods.go:36:11: x does not escape
iface_methods.go:48:13: leaking param: x to result ~r0 level=0
iface_methods.go:56:15: []shape{...} does not escape
iface_methods.go:56:20: rect{...} escapes to heap
iface_methods.go:56:28: &square{...} escapes to heap
iface_methods.go:60:15: 1 does not escape
iface_methods.go:60:34: "abc" does not escape
