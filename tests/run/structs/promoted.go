// run

package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) SetName(n string) { b.Name = n }
func (b Base) Kind() string      { return "base" }

type Timestamps struct {
	Created, Updated int
}

func (t *Timestamps) Touch(now int) { t.Updated = now }
func (t Timestamps) Age(now int) int { return now - t.Created }

type User struct {
	Base
	Timestamps
	Email string
}

func (u User) Kind() string { return "user" }

type Admin struct {
	*User
	Level int
}

func main() {
	u := User{Base{1, "ann"}, Timestamps{100, 100}, "ann@example.com"}
	fmt.Println(u.ID, u.Name, u.Created, u.Email)
	fmt.Println(u.Describe(), u.Kind(), u.Base.Kind(), u.Age(150))
	u.SetName("Ann")
	u.Touch(120)
	fmt.Printf("%+v\n", u)
	// promoted fields are assignable
	u.ID = 7
	u.Updated++
	fmt.Println(u.Base, u.Timestamps)
	// embedding a pointer
	a := Admin{&u, 3}
	a.SetName("ANN")
	a.Touch(200)
	a.Email = "root@example.com"
	fmt.Println(a.Name, a.Updated, a.Level, u.Email, a.Kind(), a.Describe())
	// method values bound through promotion
	desc := u.Describe
	u.Name = "changed"
	fmt.Println(desc(), u.Describe())
	touch := a.Touch
	touch(999)
	fmt.Println(u.Updated)
	// copying the outer struct copies the embedded values
	v := u
	v.Name = "copy"
	v.Created = 0
	fmt.Println(u.Name, u.Created, v.Name, v.Created)
	// a slice of embedded structs
	users := []User{u, v}
	for i := range users {
		users[i].SetName(fmt.Sprint("user", i))
	}
	for _, x := range users {
		fmt.Println(x.Describe(), x.Age(1000))
	}
}
