//! The serde `Serializer` of the lean writer: scalars are written where they
//! stand, lists and mappings by the writers of compound.rs, and what a ladder
//! never holds (bytes, enums with data) is an error.

use serde::Serialize;
use serde::ser::{self, Impossible};

use super::compound::{Map, Seq};
use super::{Error, Kind, Lean, unsupported};

impl<'o> ser::Serializer for Lean<'o> {
    type Ok = Kind;
    type Error = Error;
    type SerializeSeq = Seq<'o>;
    type SerializeTuple = Seq<'o>;
    type SerializeTupleStruct = Seq<'o>;
    type SerializeTupleVariant = Impossible<Kind, Error>;
    type SerializeMap = Map<'o>;
    type SerializeStruct = Map<'o>;
    type SerializeStructVariant = Impossible<Kind, Error>;

    fn serialize_bool(self, v: bool) -> Result<Kind, Error> {
        self.display(v)
    }
    fn serialize_i64(self, v: i64) -> Result<Kind, Error> {
        self.display(v)
    }
    fn serialize_u64(self, v: u64) -> Result<Kind, Error> {
        self.display(v)
    }
    fn serialize_f64(self, v: f64) -> Result<Kind, Error> {
        let text = serde_json::to_string(&v).map_err(|e| Error(e.to_string()))?;
        self.scalar(|out| out.push_str(&text))
    }
    fn serialize_i8(self, v: i8) -> Result<Kind, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<Kind, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<Kind, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_u8(self, v: u8) -> Result<Kind, Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<Kind, Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<Kind, Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_f32(self, v: f32) -> Result<Kind, Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_char(self, v: char) -> Result<Kind, Error> {
        self.quoted(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<Kind, Error> {
        self.quoted(v)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Kind, Error> {
        Err(unsupported("bytes"))
    }
    fn serialize_none(self) -> Result<Kind, Error> {
        Ok(Kind::Nothing)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Kind, Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Kind, Error> {
        Ok(Kind::Nothing)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Kind, Error> {
        Ok(Kind::Nothing)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Kind, Error> {
        self.quoted(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Kind, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Kind, Error> {
        Err(unsupported("enum with data"))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'o>, Error> {
        Ok(Seq::start(self))
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'o>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Seq<'o>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(unsupported("enum with data"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Map<'o>, Error> {
        Ok(Map::start(self))
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Map<'o>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(unsupported("enum with data"))
    }
}
