// Package list: the API golite's type checker sees for import "container/list".
//
// Names, signatures and constant values are Go 1.19's (src/container/list, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package list

// New returns an initialized list.
func New() *List

// Element is an element of a linked list.
type Element struct {
	next, prev *Element
	list       *List
	Value      any
}

// Next returns the next list element or nil.
func (e *Element) Next() *Element

// Prev returns the previous list element or nil.
func (e *Element) Prev() *Element

// List represents a doubly linked list.
type List struct {
	root Element
	len  int
}

// Back returns the last element of list l or nil if the list is empty.
func (l *List) Back() *Element

// Front returns the first element of list l or nil if the list is empty.
func (l *List) Front() *Element

// Init initializes or clears list l.
func (l *List) Init() *List

// InsertAfter inserts a new element e with value v immediately after mark and returns e.
func (l *List) InsertAfter(v any, mark *Element) *Element

// InsertBefore inserts a new element e with value v immediately before mark and returns e.
func (l *List) InsertBefore(v any, mark *Element) *Element

// Len returns the number of elements of list l.
func (l *List) Len() int

// MoveAfter moves element e to its new position after mark.
func (l *List) MoveAfter(e, mark *Element)

// MoveBefore moves element e to its new position before mark.
func (l *List) MoveBefore(e, mark *Element)

// MoveToBack moves element e to the back of list l.
func (l *List) MoveToBack(e *Element)

// MoveToFront moves element e to the front of list l.
func (l *List) MoveToFront(e *Element)

// PushBack inserts a new element e with value v at the back of list l and returns e.
func (l *List) PushBack(v any) *Element

// PushBackList inserts a copy of another list at the back of list l.
func (l *List) PushBackList(other *List)

// PushFront inserts a new element e with value v at the front of list l and returns e.
func (l *List) PushFront(v any) *Element

// PushFrontList inserts a copy of another list at the front of list l.
func (l *List) PushFrontList(other *List)

// Remove removes e from l if e is an element of list l.
func (l *List) Remove(e *Element) any
