//! Map labels that never overlap: each marker's label goes right of it, else left of it,
//! else it is left out (the tooltip still names the place).
//!
//! Units are the map's screen units (CSS pixels). Label sizes are estimated from the
//! number of characters, since the page cannot measure text before drawing it.

/// A marker that wants a label.
#[derive(Debug, Clone, PartialEq)]
pub struct Anchor {
    /// Marker centre, x.
    pub x: f64,
    /// Marker centre, y.
    pub y: f64,
    /// Marker radius.
    pub r: f64,
    /// Number of characters of the label.
    pub chars: usize,
    /// Font size of the label, in pixels.
    pub size: f64,
}

/// Which side of its marker a label is drawn on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Text starts right of the marker.
    Right,
    /// Text ends left of the marker.
    Left,
}

type Rect = (f64, f64, f64, f64);

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

fn label_rect(a: &Anchor, side: Side) -> Rect {
    let w = a.chars as f64 * a.size * 0.58 + 2.0;
    let (top, bottom) = (a.y - a.size * 0.75, a.y + a.size * 0.45);
    match side {
        Side::Right => (a.x + a.r + 3.0, top, a.x + a.r + 3.0 + w, bottom),
        Side::Left => (a.x - a.r - 3.0 - w, top, a.x - a.r - 3.0, bottom),
    }
}

/// Places labels for `anchors` in their order (most important first) inside a `width` ×
/// `height` box; every marker is an obstacle too. `None` means no room for that label.
pub fn place(anchors: &[Anchor], width: f64, height: f64) -> Vec<Option<Side>> {
    let mut taken: Vec<Rect> = anchors
        .iter()
        .map(|a| (a.x - a.r, a.y - a.r, a.x + a.r, a.y + a.r))
        .collect();
    anchors
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let side = [Side::Right, Side::Left].into_iter().find(|&side| {
                let rect = label_rect(a, side);
                let inside = rect.0 >= 0.0 && rect.1 >= 0.0 && rect.2 <= width && rect.3 <= height;
                // A marker never blocks its own label.
                inside
                    && !taken
                        .iter()
                        .enumerate()
                        .any(|(j, t)| j != i && overlaps(&rect, t))
            })?;
            taken.push(label_rect(a, side));
            Some(side)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor(x: f64, y: f64, chars: usize) -> Anchor {
        Anchor {
            x,
            y,
            r: 5.0,
            chars,
            size: 12.0,
        }
    }

    #[test]
    fn a_lone_label_goes_right() {
        assert_eq!(
            place(&[anchor(100.0, 100.0, 5)], 800.0, 500.0),
            [Some(Side::Right)]
        );
    }

    #[test]
    fn near_the_right_edge_it_goes_left() {
        assert_eq!(
            place(&[anchor(790.0, 100.0, 5)], 800.0, 500.0),
            [Some(Side::Left)]
        );
    }

    #[test]
    fn two_close_markers_share_the_sides_or_drop_one() {
        let got = place(
            &[
                anchor(100.0, 100.0, 8),
                anchor(112.0, 102.0, 8),
                anchor(106.0, 101.0, 8),
            ],
            800.0,
            500.0,
        );
        assert_eq!(
            got[0],
            Some(Side::Left),
            "the first cannot go right over the second marker"
        );
        assert_eq!(got[1], Some(Side::Right));
        assert_eq!(got[2], None);
    }

    #[test]
    fn labels_never_overlap() {
        let anchors: Vec<Anchor> = (0..40)
            .map(|i| anchor(50.0 + (i % 7) as f64 * 9.0, 50.0 + (i / 7) as f64 * 6.0, 6))
            .collect();
        let sides = place(&anchors, 800.0, 500.0);
        let rects: Vec<Rect> = anchors
            .iter()
            .zip(&sides)
            .filter_map(|(a, s)| s.map(|s| label_rect(a, s)))
            .collect();
        for (i, a) in rects.iter().enumerate() {
            assert!(rects[i + 1..].iter().all(|b| !overlaps(a, b)));
        }
    }
}
