// run

package main

import (
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

var dir string

func rel(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), dir, "$TMP")
}

func main() {
	var err error
	dir, err = ioutil.TempDir("", "golite-ioutil-*")
	fi, _ := os.Stat(dir)
	fmt.Println("TempDir:", err, fi.IsDir(), fi.Mode(), strings.HasPrefix(filepath.Base(dir), "golite-ioutil-"))
	defer os.RemoveAll(dir)
	_, err = ioutil.TempDir(dir+"/missing", "x")
	fmt.Println("TempDir missing:", rel(err))
	_, err = ioutil.TempDir("", "a/b")
	fmt.Println("TempDir bad pattern:", err)

	f, err := ioutil.TempFile(dir, "tmp*.dat")
	fmt.Println("TempFile:", err, strings.HasSuffix(f.Name(), ".dat"), filepath.Dir(f.Name()) == dir)
	f.WriteString("temp data")
	f.Close()
	_, err = ioutil.TempFile(dir+"/missing", "x")
	fmt.Println("TempFile missing:", strings.HasPrefix(rel(err), "open $TMP/missing/x"), os.IsNotExist(err))

	// WriteFile / ReadFile
	fmt.Println("WriteFile:", ioutil.WriteFile(dir+"/b.txt", []byte("bee\n"), 0600))
	fmt.Println("WriteFile:", ioutil.WriteFile(dir+"/a.txt", []byte("ay"), 0644))
	fmt.Println("WriteFile missing dir:", rel(ioutil.WriteFile(dir+"/no/c.txt", nil, 0644)))
	data, err := ioutil.ReadFile(dir + "/b.txt")
	fmt.Printf("ReadFile: %q %v\n", data, err)
	_, err = ioutil.ReadFile(dir + "/nope")
	fmt.Println("ReadFile missing:", rel(err), os.IsNotExist(err))
	os.Mkdir(dir+"/sub", 0755)

	// ReadDir: FileInfos sorted by name
	infos, err := ioutil.ReadDir(dir)
	fmt.Println("ReadDir:", len(infos), err)
	for _, fi := range infos {
		name := fi.Name()
		if strings.HasPrefix(name, "tmp") {
			name = "tmp*.dat"
		}
		if fi.IsDir() {
			fmt.Println("  ", name, fi.IsDir(), fi.Mode())
		} else {
			fmt.Println("  ", name, fi.Size(), fi.Mode())
		}
	}
	infos, err = ioutil.ReadDir(dir + "/nope")
	fmt.Println("ReadDir missing:", infos == nil, rel(err))
	infos, err = ioutil.ReadDir(dir + "/a.txt")
	fmt.Println("ReadDir file:", infos == nil, rel(err))

	// ReadAll, NopCloser, Discard
	data, err = ioutil.ReadAll(strings.NewReader("read it all"))
	fmt.Printf("ReadAll: %q %v\n", data, err)
	data, err = ioutil.ReadAll(strings.NewReader(""))
	fmt.Printf("ReadAll empty: %q %v %v\n", data, data != nil, err)
	rc := ioutil.NopCloser(strings.NewReader("nop"))
	fmt.Println("NopCloser close:", rc.Close())
	data, _ = ioutil.ReadAll(rc)
	fmt.Printf("NopCloser read: %q\n", data)
	n, err := ioutil.Discard.Write([]byte("gone"))
	fmt.Println("Discard:", n, err, ioutil.Discard == io.Discard)
	n64, err := io.Copy(ioutil.Discard, strings.NewReader(strings.Repeat("x", 10000)))
	fmt.Println("Copy to Discard:", n64, err)
	g, _ := os.Open(dir + "/b.txt")
	data, err = ioutil.ReadAll(g)
	g.Close()
	fmt.Printf("ReadAll file: %q %v\n", data, err)
}
