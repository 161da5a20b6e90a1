// useLiveWhenSeen: the tables under a chart take each new value at once while they are on the
// screen, and below the fold only once the edits rest (SETTLE_MS); leaving the screen they keep
// what they showed, and coming back they show the current value. jsdom has no
// IntersectionObserver: a controllable one stands in for it here.
import { act, render, screen } from '@testing-library/react';
import { SETTLE_MS } from '../../../renderer/components/projection/uncertainty-store';
import { useLiveWhenSeen } from '../../../renderer/components/projection/use-live-when-seen';

type Callback = (entries: { isIntersecting: boolean }[]) => void;
let observers: { callback: Callback; element: Element | null; disconnected: boolean }[] = [];

class FakeIntersectionObserver {
  private readonly record: (typeof observers)[number];
  constructor(callback: Callback) {
    this.record = { callback, element: null, disconnected: false };
    observers.push(this.record);
  }
  observe(element: Element): void {
    this.record.element = element;
  }
  disconnect(): void {
    this.record.disconnected = true;
  }
}

/** Tells the live observer that its element is (not) on the screen. */
function scrolled(onScreen: boolean): void {
  const live = observers.filter((o) => !o.disconnected && o.element);
  expect(live).toHaveLength(1);
  act(() => live[0]!.callback([{ isIntersecting: onScreen }]));
}

function Table({ value }: { value: number }) {
  const [ref, shown] = useLiveWhenSeen(value);
  return (
    <div ref={ref} data-testid="table">
      {shown}
    </div>
  );
}

const shown = () => screen.getByTestId('table').textContent;

beforeEach(() => {
  observers = [];
  (globalThis as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIntersectionObserver;
  jest.useFakeTimers();
});
afterEach(() => {
  delete (globalThis as unknown as { IntersectionObserver?: unknown }).IntersectionObserver;
  jest.useRealTimers();
});

it('on the screen, follows every value at once', () => {
  const { rerender } = render(<Table value={1} />);
  scrolled(true);
  rerender(<Table value={2} />);
  expect(shown()).toBe('2');
  rerender(<Table value={3} />);
  expect(shown()).toBe('3');
});

it('below the fold, keeps its figures during a drag and catches up once the edits rest', () => {
  const { rerender } = render(<Table value={1} />);
  scrolled(false);
  expect(shown()).toBe('1');
  for (const value of [2, 3, 4]) {
    rerender(<Table value={value} />);
    act(() => jest.advanceTimersByTime(SETTLE_MS / 2));
    expect(shown()).toBe('1');
  }
  act(() => jest.advanceTimersByTime(SETTLE_MS));
  expect(shown()).toBe('4');
});

it('leaving the screen keeps what it showed; coming back shows the current value at once', () => {
  const { rerender } = render(<Table value={1} />);
  rerender(<Table value={2} />);
  scrolled(false);
  expect(shown()).toBe('2');
  rerender(<Table value={3} />);
  expect(shown()).toBe('2');
  scrolled(true);
  expect(shown()).toBe('3');
});

it('without an IntersectionObserver (no way to tell), is always live', () => {
  delete (globalThis as unknown as { IntersectionObserver?: unknown }).IntersectionObserver;
  const { rerender } = render(<Table value={1} />);
  rerender(<Table value={2} />);
  expect(shown()).toBe('2');
  expect(observers).toHaveLength(0);
});
