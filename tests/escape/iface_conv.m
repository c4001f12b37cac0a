iface_conv.go:11:22: x does not escape
iface_conv.go:13:22: s does not escape
iface_conv.go:19:2: x escapes to heap
iface_conv.go:23:2: moved to heap: y
iface_conv.go:28:9: n escapes to heap
iface_conv.go:32:14: small{...} escapes to heap
iface_conv.go:36:9: 100 escapes to heap
iface_conv.go:40:2: moved to heap: z
iface_conv.go:44:17: leaking param: s
iface_conv.go:45:9: s escapes to heap
iface_conv.go:49:9: b escapes to heap
iface_conv.go:53:9: b escapes to heap
