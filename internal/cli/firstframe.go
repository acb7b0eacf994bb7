package cli

import (
	"sync"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/model"
)

// FirstFrame opens the file at path as the explorer opens a file it
// shows, the heap readied for it and its indexes held until the first
// frame (it sets opt's TuneMemory, IndexLater and IndexAfter), and draws
// that frame at 120x40, the story first. index lets the index build
// start and waits for it to end (called again, it only waits): a measure
// of the first frame reads its clocks before calling it. For what
// measures the first frame (testdata/perf/firstframe,
// BenchmarkFirstFrameOfFile), so that they measure the same thing.
func FirstFrame(path string, opt data.Options) (o *data.Opened, index func(), err error) {
	drawn := make(chan struct{})
	opt.TuneMemory, opt.IndexLater, opt.IndexAfter = true, true, drawn
	o, err = data.Open(path, opt)
	if err != nil {
		return nil, nil, err
	}
	m := model.New(o.Dataset, model.WithStoryFirst())
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	_ = m.View()
	var once sync.Once
	return o, func() {
		once.Do(func() { close(drawn) })
		<-o.Dataset.Indexed()
	}, nil
}
