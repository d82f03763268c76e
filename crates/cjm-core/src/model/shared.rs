//! [`Shared`]: an item of a large list of the map (touchpoints,
//! opportunities, metrics) that copies of the map share until one of them
//! changes it.
//!
//! The undo history keeps a copy of the map (see
//! [`crate::session::history`]), and its patches keep the items an edit
//! replaced. With every item behind a reference count, that copy costs a
//! pointer per item rather than the item's texts: at 10,000 touchpoints
//! 0.1 MB rather than 11 MB. Writing through a `Shared` copies the item
//! first when anyone else still holds it (copy on write), so a change to
//! the map never shows in the history's copy, nor the other way round.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use serde::{Serialize, Serializer};

/// An item that clones of its list share until one of them changes it.
/// Reads and writes go through [`Deref`] and [`DerefMut`] as if it were the
/// item itself.
#[derive(Default)]
pub struct Shared<T>(Arc<T>);

impl<T> Shared<T> {
    pub fn new(item: T) -> Self {
        Shared(Arc::new(item))
    }

    /// Whether `a` and `b` are the same item in memory (and so equal
    /// without comparing their fields).
    pub fn same(a: &Self, b: &Self) -> bool {
        Arc::ptr_eq(&a.0, &b.0)
    }
}

impl<T> Clone for Shared<T> {
    /// Another handle on the same item: no field is copied.
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Clone> DerefMut for Shared<T> {
    /// The item to change: copied first when another handle shares it.
    fn deref_mut(&mut self) -> &mut T {
        Arc::make_mut(&mut self.0)
    }
}

impl<T> From<T> for Shared<T> {
    fn from(item: T) -> Self {
        Shared::new(item)
    }
}

impl<T: PartialEq> PartialEq for Shared<T> {
    /// Equal items: at once when both are the same item in memory, as
    /// most items of the history's copy and of the map are.
    fn eq(&self, other: &Self) -> bool {
        Shared::same(self, other) || *self.0 == *other.0
    }
}

impl<T: Eq> Eq for Shared<T> {}

impl<T: fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: Serialize> Serialize for Shared<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::Shared;

    #[test]
    fn a_change_through_one_clone_leaves_the_other_as_it_was() {
        let mut map = vec![Shared::new(String::from("Invoice"))];
        let copy = map.clone();
        assert!(Shared::same(&map[0], &copy[0]));
        map[0].push_str(" by email");
        assert_eq!(*map[0], "Invoice by email");
        assert_eq!(*copy[0], "Invoice");
        assert!(!Shared::same(&map[0], &copy[0]));
        assert_ne!(map, copy);
    }

    #[test]
    fn items_compare_by_their_fields_also_when_held_apart() {
        let a = Shared::new(String::from("Invoice"));
        let b = Shared::new(String::from("Invoice"));
        assert!(!Shared::same(&a, &b));
        assert_eq!(a, b);
        assert_eq!(format!("{a:?}"), "\"Invoice\"");
    }

    #[test]
    fn an_item_nobody_else_holds_is_changed_in_place() {
        let mut item = Shared::new(vec![1, 2]);
        let before: *const Vec<i32> = &*item;
        item.push(3);
        assert_eq!(*item, [1, 2, 3]);
        assert!(std::ptr::eq(before, &*item));
    }
}
